print('this must not be printed')
command = 'go'
match command:
    case 'go':
        print('going')
    case _:
        print('other')
