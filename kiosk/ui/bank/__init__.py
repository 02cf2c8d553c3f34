"""Opening a worker's Bank NTT savings account."""
