"""Storage: SQLModel tables and the queries the commands need; the only SQL in the bot."""
