def validate(age):
    if age < 0:
        raise ValueError("custom")
    return age
print(validate(5))
validate(-1)
