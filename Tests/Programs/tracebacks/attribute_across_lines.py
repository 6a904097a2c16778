word = "abc"
print(word
      .upper())
shout = (word
         .upper()
         .nope())
