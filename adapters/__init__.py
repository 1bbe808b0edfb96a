"""Adapters: one per platform. They import the core; the core never imports them."""
