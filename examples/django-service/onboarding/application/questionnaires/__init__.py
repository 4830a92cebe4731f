"""Use cases around questionnaires and submissions."""
