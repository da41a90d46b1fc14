"""Word lists and patterns the rules read: data only, importing no rule module."""
