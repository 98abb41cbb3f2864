"""The population database: typed SQLAlchemy models and the one repository that reaches them."""
