# uuid: UUID construction, attributes, comparisons, uuid1/3/4/5, errors.
import pickle
import uuid
from uuid import UUID


def show(f, *args, **kw):
    try:
        print("->", f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)


u = UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.urn, u.int)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version)
print(u.clock_seq_hi_variant, u.clock_seq_low, u.time, u.clock_seq, u.node)
print(u.variant, u.version, u.is_safe)
print(int(u), hash(u) == hash(u.int), str(u) == format(u))

forms = ['{12345678-1234-5678-1234-567812345678}', '12345678123456781234567812345678',
         'urn:uuid:12345678-1234-5678-1234-567812345678', 'uuid:12345678123456781234567812345678',
         '{URN:UUID:12345678-1234-5678-1234-567812345678}'.lower()]
print([UUID(f) == u for f in forms])
print(UUID(bytes=u.bytes) == u, UUID(bytes_le=u.bytes_le) == u)
print(UUID(fields=u.fields) == u, UUID(int=u.int) == u)
print(UUID(hex='00000000-0000-0000-0000-000000000000').int)
print(UUID(int=(1 << 128) - 1))
print(UUID(u.hex, version=4), UUID(u.hex, version=1).version)

# errors
show(UUID)
show(UUID, u.hex, int=5)
show(UUID, '1234')
show(UUID, 'g' * 32)
show(UUID, bytes=b'x' * 15)
show(UUID, bytes_le=b'x' * 17)
show(UUID, fields=(1, 2, 3))
show(UUID, fields=(1 << 32, 0, 0, 0, 0, 0))
show(UUID, fields=(0, 1 << 16, 0, 0, 0, 0))
show(UUID, fields=(0, 0, -1, 0, 0, 0))
show(UUID, fields=(0, 0, 0, 256, 0, 0))
show(UUID, fields=(0, 0, 0, 0, 256, 0))
show(UUID, fields=(0, 0, 0, 0, 0, 1 << 48))
show(UUID, int=-1)
show(UUID, int=1 << 128)
show(UUID, u.hex, version=0)
show(UUID, u.hex, version=6)
try:
    UUID(bytes=bytearray(16))
except AssertionError as e:
    print("AssertionError", e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError", e)
try:
    u.foo = 5
except TypeError as e:
    print("TypeError", e)
try:
    del u.foo
except Exception as e:
    print(type(e).__name__)
print(hasattr(u, '__dict__'))

# comparisons and ordering
a = UUID(int=1)
b = UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == UUID(int=1))
print(a == 1, a != 1)
for op in ('<', '<=', '>', '>='):
    try:
        eval('a %s 1' % op)
    except TypeError as e:
        print("TypeError", e)
print(sorted([UUID(int=3), a, b]))
print(len({a, UUID(int=1), b}))

# variants
for top in (0x0, 0x8, 0xc, 0xe):
    v = UUID(int=top << 124 >> 64)
    print(v, v.variant, v.version)

# namespaces and name-based UUIDs (stable values)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
show(uuid.uuid3, uuid.NAMESPACE_URL, b'http://example.com/')
show(uuid.uuid5, uuid.NAMESPACE_URL, 5)
show(uuid.uuid3, 'notauuid', 'x')
print(uuid.uuid5(uuid.NAMESPACE_URL, 'http://example.com/'))
print(uuid.uuid3(uuid.NAMESPACE_OID, 'ünïcode').version, uuid.uuid5(uuid.NAMESPACE_X500, '').version)

# random and time-based UUIDs: check shapes and relations only
r1, r2 = uuid.uuid4(), uuid.uuid4()
print(r1 != r2, r1.version, r1.variant, len(str(r1)), type(r1.int).__name__)
t1 = uuid.uuid1()
t2 = uuid.uuid1()
print(t1.version, t1.variant, t2.time > t1.time, t1.node == t2.node)
print(0 <= t1.clock_seq < 1 << 14, t1.time > 0x01b21dd213814000)
print(t1.is_safe in (uuid.SafeUUID.safe, uuid.SafeUUID.unsafe, uuid.SafeUUID.unknown))
t3 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(hex(t3.node), hex(t3.clock_seq), t3.version)
node = uuid.getnode()
print(type(node).__name__, 0 <= node < 1 << 48, node == uuid.getnode())

# SafeUUID
print(list(uuid.SafeUUID), uuid.SafeUUID.safe.value, uuid.SafeUUID.unknown.value)
print(uuid.SafeUUID(-1), UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep='|')

# pickling and copying
for x in (u, UUID(int=9, is_safe=uuid.SafeUUID.unsafe)):
    y = pickle.loads(pickle.dumps(x))
    print(y == x, y.is_safe, type(y).__name__)
print(u.__getstate__(), UUID(int=9, is_safe=uuid.SafeUUID.safe).__getstate__())
import copy
print(copy.copy(u) == u, copy.deepcopy(u) == u)
