"""Qt pieces several features share: the runner, table models, approval, PIN entry, signatures."""
