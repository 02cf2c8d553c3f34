"""Finding a worker: the search panel, the results, the detail panel and corrections."""
