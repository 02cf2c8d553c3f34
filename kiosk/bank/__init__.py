"""The connection to the bank: what an account application says, and who carries it."""
