"""Input serializers parse requests (unknown keys refused); output serializers shape answers."""
