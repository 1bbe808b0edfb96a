"""Platform-neutral commands: a request in, a reply out."""
