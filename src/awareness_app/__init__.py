"""SNS Safety Classroom (SNSあんぜん教室): a bilingual lesson on staying safe on social media."""

__version__ = "0.1.0"
APP_NAME = "SNS Safety Classroom"
ORGANIZATION = "SNS Safety Classroom"
