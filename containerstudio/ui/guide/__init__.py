"""The guided exercise in the window: step panel, slips, and the always-there controls
(Ground me, Pause, Hide now, Close safely)."""
