def f():
    local: undefined_in_function
    return 1
print(f())
value: undefined_name
