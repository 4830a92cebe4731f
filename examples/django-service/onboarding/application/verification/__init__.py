"""Use cases around identity-document verification and API usage metering."""
