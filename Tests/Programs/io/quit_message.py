print('leaving')
quit('bye now')
