"""The worker registry's domain rules: identifiers, import parsing and demo data (no Qt)."""
