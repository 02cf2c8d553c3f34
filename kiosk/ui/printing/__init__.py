"""Printing cards and receipts: one card, reprints, print jobs, batches, and verifying a card."""
