"""Domain layer: entities, value objects and business rules.

Nothing in here may import Django or Django REST framework.
"""
