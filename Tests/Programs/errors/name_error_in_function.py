def helper():
    return undefined_name + 1
def main():
    return helper()
print('calling')
main()
