"""Entities and rules of the Looking Beyond work: plain Python and SQLAlchemy, never Qt."""
