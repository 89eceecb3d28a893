"""factcheck: turn news articles into a sourced fact-check brief."""

__version__ = "0.1.0"
