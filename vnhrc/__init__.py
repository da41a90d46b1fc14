"""vnhrc: who said what, when and how many, from news articles."""

__version__ = "0.1.0"
