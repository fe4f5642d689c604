# Independent instances; module functions bound to the hidden instance.
import random
a = random.Random(10)
b = random.Random(10)
print(a.random() == b.random(), a.random(), a.random() != b.random())
random.seed(10)
print(random.random() == random.Random(10).random())
names = ['betavariate', 'choice', 'choices', 'expovariate', 'gammavariate', 'gauss', 'getrandbits',
         'getstate', 'lognormvariate', 'normalvariate', 'paretovariate', 'randbytes', 'randint',
         'random', 'randrange', 'sample', 'seed', 'setstate', 'shuffle', 'triangular', 'uniform',
         'vonmisesvariate', 'weibullvariate']
for n in names:
    f = getattr(random, n)
    print(n, callable(f), getattr(f, '__self__', None) is random._inst)
print(sorted(random.__all__))
print(random.Random.VERSION, issubclass(random.Random, random._random.Random))
print(issubclass(random.SystemRandom, random.Random))
print(random.Random.__mro__[1].__name__, random.Random.__module__, random.Random.__name__)
r = random.Random()
print(r.gauss_next, type(r).__name__)
random.seed(123)
x = (random.random(), random.randint(1, 100), random.choice('abc'), random.sample(range(10), 3))
random.seed(123)
y = (random.random(), random.randint(1, 100), random.choice('abc'), random.sample(range(10), 3))
print(x == y, x)
