"""Fakes of outside services that speak their real protocol over real
sockets, so the platform's own clients are tested unmocked."""
