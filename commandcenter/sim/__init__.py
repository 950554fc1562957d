"""The demo-city simulator: field workers, video gateway and an autopilot operator, all over the wire."""
