"""Signing in, the idle lock and the operators: the session controller, its pages and dialogs."""
