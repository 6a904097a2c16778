# @property with a getter and a setter; computed properties; validation in setters.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        print("setting celsius to", value)
        if value < -273.15:
            value = -273.15
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
t.celsius = -500
print(t.celsius)
t.celsius += 10
print(t.celsius)
print(round(t.fahrenheit, 2))
