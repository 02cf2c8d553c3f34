"""Who may do what: roles, permissions, PINs and the idle lock (plain Python, no Qt)."""
