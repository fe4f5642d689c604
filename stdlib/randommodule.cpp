// The _random module: the Mersenne Twister core of `random` (CPython 3.11's Modules/_randommodule.c
// algorithm: MT19937 seeded by init_by_array over the 32-bit words of |n|, the 53-bit random(),
// getrandbits, getstate/setstate), plus a private SHA-512 (`_sha512`) used by random.seed() for
// str/bytes seeds.
#include <sys/random.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <ctime>

#include "runtime/args.h"
#include "runtime/bytesobject.h"
#include "runtime/errors.h"
#include "runtime/floatobject.h"
#include "runtime/intobject.h"
#include "runtime/moduleobject.h"
#include "runtime/strobject.h"
#include "runtime/tupleobject.h"
#include "runtime/typeobject.h"

namespace slotpy {

TypeObject Random_Type;

namespace {

// ---- MT19937 ---------------------------------------------------------------------------------

constexpr int N = 624;
constexpr int M = 397;
constexpr uint32_t MATRIX_A = 0x9908b0dfU;
constexpr uint32_t UPPER_MASK = 0x80000000U;
constexpr uint32_t LOWER_MASK = 0x7fffffffU;

struct RandomObject : Object {
  int index;
  uint32_t state[N];
};

RandomObject* as_random(Object* self, const char* method) {
  if (is_small_int(self) || !is_subtype(type_of(self), &Random_Type))
    raise_type_error("descriptor '%s' for '_random.Random' objects doesn't apply to a '%s' object",
                     method, type_name(self));
  return static_cast<RandomObject*>(self);
}

uint32_t genrand_uint32(RandomObject* self) {
  static const uint32_t mag01[2] = {0x0U, MATRIX_A};
  uint32_t* mt = self->state;
  uint32_t y;
  if (self->index >= N) {
    int kk;
    for (kk = 0; kk < N - M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
    self->index = 0;
  }
  y = mt[self->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

void init_genrand(RandomObject* self, uint32_t s) {
  uint32_t* mt = self->state;
  mt[0] = s;
  for (int i = 1; i < N; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i;
  self->index = N;
}

void init_by_array(RandomObject* self, const uint32_t* key, size_t key_length) {
  uint32_t* mt = self->state;
  init_genrand(self, 19650218U);
  size_t i = 1, j = 0;
  size_t k = N > key_length ? N : key_length;
  for (; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
    i++;
    j++;
    if (i >= static_cast<size_t>(N)) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= key_length) j = 0;
  }
  for (k = N - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
    i++;
    if (i >= static_cast<size_t>(N)) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;
}

bool fill_urandom(void* buf, size_t n) {
  char* p = static_cast<char*>(buf);
  while (n > 0) {
    ssize_t got = getrandom(p, n, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += got;
    n -= static_cast<size_t>(got);
  }
  return true;
}

void seed_from_os(RandomObject* self) {
  uint32_t key[N];
  if (fill_urandom(key, sizeof key)) {
    init_by_array(self, key, N);
    return;
  }
  // CPython's fallback: the time and the process id.
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  uint32_t k[5];
  uint64_t ns = static_cast<uint64_t>(ts.tv_sec) * 1000000000ull + static_cast<uint64_t>(ts.tv_nsec);
  k[0] = static_cast<uint32_t>(ns);
  k[1] = static_cast<uint32_t>(ns >> 32);
  uint64_t mono = static_cast<uint64_t>(clock());
  k[2] = static_cast<uint32_t>(mono);
  k[3] = static_cast<uint32_t>(mono >> 32);
  k[4] = static_cast<uint32_t>(getpid());
  init_by_array(self, k, 5);
}

// Seeds from the non-negative int n: its 32-bit words, least significant first ([0] for 0).
void seed_from_int(RandomObject* self, Object* n) {
  IntMpzView v(n);
  size_t bits = mpz_sizeinbase(v.get(), 2);
  if (mpz_sgn(v.get()) == 0) bits = 0;
  size_t words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
  uint32_t* key = static_cast<uint32_t*>(gc_alloc_atomic(words * sizeof(uint32_t)));
  memset(key, 0, words * sizeof(uint32_t));
  size_t count = 0;
  if (bits) mpz_export(key, &count, -1, sizeof(uint32_t), 0, 0, v.get());
  init_by_array(self, key, words);
}

void random_seed_impl(RandomObject* self, Object* arg) {
  if (arg == nullptr || arg == Py_None) {
    seed_from_os(self);
    return;
  }
  Object* n;
  if (is_int(arg)) {
    n = int_abs(int_normalize(arg));
  } else {
    intptr_t h = hash(arg);
    n = int_from_uint64(static_cast<uint64_t>(h));
  }
  seed_from_int(self, n);
}

// ---- methods -------------------------------------------------------------------------------

Object* random_random(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  RandomObject* r = as_random(self, "random");
  check_no_kwargs("Random.random", kwnames);
  if (nargs) raise_type_error("Random.random() takes no arguments (%zu given)", nargs);
  uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
  return float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Object* random_seed(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  RandomObject* r = as_random(self, "seed");
  check_no_kwargs("seed", kwnames);
  if (nargs > 1) raise_type_error("seed expected at most 1 argument, got %zu", nargs);
  random_seed_impl(r, nargs ? args[0] : nullptr);
  return Py_None;
}

Object* random_getstate(Object* self, Object* const*, size_t nargs, TupleObject* kwnames) {
  RandomObject* r = as_random(self, "getstate");
  check_no_kwargs("Random.getstate", kwnames);
  if (nargs) raise_type_error("Random.getstate() takes no arguments (%zu given)", nargs);
  TupleObject* t = tuple_new(N + 1);
  for (int i = 0; i < N; i++) t->items[i] = make_small_int(r->state[i]);
  t->items[N] = make_small_int(r->index);
  return t;
}

Object* random_setstate(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  RandomObject* r = as_random(self, "setstate");
  check_no_kwargs("Random.setstate", kwnames);
  if (nargs != 1) raise_type_error("Random.setstate() takes exactly one argument (%zu given)", nargs);
  Object* state = args[0];
  if (!is_tuple(state)) raise_type_error("state vector must be a tuple");
  if (tuple_size(state) != N + 1) raise_value_error("state vector is the wrong size");
  uint32_t fresh[N];
  for (int i = 0; i < N; i++) {
    Object* e = tuple_item(state, i);
    if (!is_int(e)) raise_type_error("an integer is required");
    if (int_sign(e) < 0) raise_overflow_error("can't convert negative value to unsigned int");
    if (int_bit_length(e) > 64) raise_overflow_error("Python int too large to convert to C unsigned long");
    IntMpzView v(e);
    fresh[i] = static_cast<uint32_t>(mpz_getlimbn(v.get(), 0));
  }
  Object* ix = tuple_item(state, N);
  if (!is_int(ix)) raise_type_error("'%s' object cannot be interpreted as an integer", type_name(ix));
  intptr_t index;
  if (!int_to_intptr(ix, &index)) raise_overflow_error("Python int too large to convert to C long");
  if (index < 0 || index > N) raise_value_error("invalid state");
  r->index = static_cast<int>(index);
  memcpy(r->state, fresh, sizeof fresh);
  return Py_None;
}

Object* random_getrandbits(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  RandomObject* r = as_random(self, "getrandbits");
  check_no_kwargs("Random.getrandbits", kwnames);
  if (nargs != 1) raise_type_error("Random.getrandbits() takes exactly one argument (%zu given)", nargs);
  Object* n = number_index(args[0]);
  intptr_t k;
  if (!int_to_intptr(n, &k) || k > INT32_MAX || k < INT32_MIN)
    raise_overflow_error("Python int too large to convert to C int");
  if (k < 0) raise_value_error("number of bits must be non-negative");
  if (k == 0) return make_small_int(0);
  if (k <= 32) return make_small_int(genrand_uint32(r) >> (32 - k));
  size_t words = static_cast<size_t>((k - 1) / 32 + 1);
  size_t nlimbs = (words + 1) / 2;
  mp_limb_t* limbs = static_cast<mp_limb_t*>(gc_alloc_atomic(nlimbs * sizeof(mp_limb_t)));
  memset(limbs, 0, nlimbs * sizeof(mp_limb_t));
  for (size_t i = 0; i < words; i++, k -= 32) {
    uint32_t w = genrand_uint32(r);
    if (k < 32) w >>= (32 - k);
    limbs[i / 2] |= static_cast<mp_limb_t>(w) << (32 * (i % 2));
  }
  return int_from_limbs(limbs, static_cast<intptr_t>(nlimbs), false);
}

Object* random_new(TypeObject* type, Object* const*, size_t, TupleObject*) {
  auto* r = static_cast<RandomObject*>(type_alloc(type, 0));
  r->index = 0;
  return r;
}

void random_init(Object* self, Object* const* args, size_t nargs, TupleObject* kwnames) {
  if ((type_of(self) == &Random_Type || type_of(self)->tp_init == Random_Type.tp_init) && kwnames &&
      tuple_size(kwnames) > 0)
    raise_type_error("Random() takes no keyword arguments");
  if (nargs > 1) raise_type_error("Random() requires 0 or 1 argument");
  random_seed_impl(static_cast<RandomObject*>(self), nargs ? args[0] : nullptr);
}

const MethodDef random_methods[] = {
    {"random", random_random, METH_DEFAULT, "random($self, /)\n--\n\nrandom() -> x in the interval [0, 1)."},
    {"seed", random_seed, METH_DEFAULT, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."},
    {"getstate", random_getstate, METH_DEFAULT, "getstate($self, /)\n--\n\ngetstate() -> tuple containing the current state."},
    {"setstate", random_setstate, METH_DEFAULT, "setstate($self, state, /)\n--\n\nsetstate(state) -> None.  Restores generator state."},
    {"getrandbits", random_getrandbits, METH_DEFAULT, "getrandbits($self, k, /)\n--\n\ngetrandbits(k) -> x.  Generates an int with k random bits."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- SHA-512 (FIPS 180-4) ----------------------------------------------------------------------

constexpr uint64_t K512[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL};

inline uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

void sha512_block(uint64_t h[8], const unsigned char* p) {
  uint64_t w[80];
  for (int i = 0; i < 16; i++) {
    uint64_t v = 0;
    for (int b = 0; b < 8; b++) v = (v << 8) | p[i * 8 + b];
    w[i] = v;
  }
  for (int i = 16; i < 80; i++) {
    uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
    uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int i = 0; i < 80; i++) {
    uint64_t S1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
    uint64_t ch = (e & f) ^ (~e & g);
    uint64_t t1 = hh + S1 + ch + K512[i] + w[i];
    uint64_t S0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
    uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
    uint64_t t2 = S0 + maj;
    hh = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  h[0] += a; h[1] += b; h[2] += c; h[3] += d;
  h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

void sha512(const unsigned char* data, size_t len, unsigned char out[64]) {
  uint64_t h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                   0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                   0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
  size_t full = len / 128;
  for (size_t i = 0; i < full; i++) sha512_block(h, data + i * 128);
  unsigned char tail[256];
  size_t rest = len - full * 128;
  memcpy(tail, data + full * 128, rest);
  tail[rest] = 0x80;
  size_t tail_len = rest + 1 + 16 <= 128 ? 128 : 256;
  memset(tail + rest + 1, 0, tail_len - rest - 1);
  uint64_t bits_lo = static_cast<uint64_t>(len) << 3;
  uint64_t bits_hi = static_cast<uint64_t>(len) >> 61;
  for (int b = 0; b < 8; b++) {
    tail[tail_len - 16 + b] = static_cast<unsigned char>(bits_hi >> (56 - 8 * b));
    tail[tail_len - 8 + b] = static_cast<unsigned char>(bits_lo >> (56 - 8 * b));
  }
  sha512_block(h, tail);
  if (tail_len == 256) sha512_block(h, tail + 128);
  for (int i = 0; i < 8; i++)
    for (int b = 0; b < 8; b++) out[i * 8 + b] = static_cast<unsigned char>(h[i] >> (56 - 8 * b));
}

// _sha512(data) -> the 64-byte digest of a bytes-like object (private to random.py).
Object* mod_sha512(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("_sha512", kwnames);
  check_nargs("_sha512", nargs, 1, 1);
  const char* data;
  intptr_t size;
  if (!get_buffer(args[0], &data, &size))
    raise_type_error("object supporting the buffer API required");
  unsigned char out[64];
  sha512(reinterpret_cast<const unsigned char*>(data), static_cast<size_t>(size), out);
  return bytes_from(reinterpret_cast<const char*>(out), 64);
}

// _urandom(n) -> n bytes from the operating system (private to random.py's SystemRandom).
Object* mod_urandom(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("_urandom", kwnames);
  check_nargs("_urandom", nargs, 1, 1);
  intptr_t n = index_value(args[0]);
  if (n < 0) raise_value_error("negative argument not allowed");
  BytesObject* b = bytes_new_uninit(n);
  if (!fill_urandom(b->data, static_cast<size_t>(n))) raise_os_error(errno);
  return b;
}

// _index(x) -> operator.index(x) (random.py uses operator.index when that module exists).
Object* mod_index(Object*, Object* const* args, size_t nargs, TupleObject* kwnames) {
  check_no_kwargs("_index", kwnames);
  check_nargs("_index", nargs, 1, 1);
  return number_index(args[0]);
}

const MethodDef module_functions[] = {
    {"_index", mod_index, METH_DEFAULT, nullptr},
    {"_sha512", mod_sha512, METH_DEFAULT, nullptr},
    {"_urandom", mod_urandom, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void init_random_type() {
  TypeObject* t = &Random_Type;
  t->tp_name = "_random.Random";
  t->tp_basicsize = sizeof(RandomObject);
  t->tp_flags = TPFLAGS_BASETYPE;
  t->tp_new = random_new;
  t->tp_init = random_init;
  t->tp_methods = random_methods;
  t->tp_doc = "Random() -> create a random number generator with its own internal state.";
}

}  // namespace

Object* create_module__random() {
  static bool ready = false;
  if (!ready) {
    init_random_type();
    type_ready(&Random_Type);
    ready = true;
  }
  ModuleObject* m = module_new("_random");
  module_add(m, "__doc__", str_from_cstr("Module implements the Mersenne Twister random number generator."));
  module_add(m, "Random", &Random_Type);
  module_add_functions(m, module_functions);
  return m;
}

}  // namespace slotpy
