"""SNS Safety Classroom (SNSあんぜん教室): a bilingual lesson on children's safety on social media."""

__version__ = "0.1.0"
APP_NAME = "SNS Safety Classroom"
ORGANIZATION = "SNS Safety Classroom"
