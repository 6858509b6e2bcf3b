"""The pieces of ``ops/rehearsal`` (the script that runs them)."""
