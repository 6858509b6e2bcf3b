"""Stand-ins for outside services, served for real on 127.0.0.1."""
