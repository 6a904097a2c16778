print('single')
print("double")
print('''triple single''')
print("""triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print('''multi
line
string''')
print("""a "quoted" word and 'another'""")
print('adjacent' ' literals' " concatenate")
print(len(''), len(""), len(''''''), len(""""""))
