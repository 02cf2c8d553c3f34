"""Handing a worker their card: the handover dialog and its steps."""
