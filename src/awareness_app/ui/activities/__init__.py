"""The lesson's activities: the overshare profile and the quiz."""
