"""Text wrapping and filling (slotpy implementation, CPython 3.11 behaviour).

The splitting of text into chunks is done by hand (no regular expressions):
it reproduces what CPython's TextWrapper.wordsep_re produces.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


# Character classes used by CPython's word separator pattern.
def _is_word(c):            # \w
    return c.isalnum() or c == '_'


def _is_letter(c):          # [^\d\W]
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):      # [\w!"'&.,?]
    return c in '!"\'&.,?' or c.isalnum() or c == '_'


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _dash_run_then_word(text, j):
    """True if text[j:] is two or more '-' followed by a word character."""
    n = len(text)
    k = j
    while k < n and text[k] == '-':
        k += 1
    return k - j >= 2 and k < n and _is_word(text[k])


def _word_end(text, i):
    """End of the word chunk starting at text[i] (a non-whitespace char)."""
    n = len(text)
    j = i + 1
    while True:
        if j >= n:
            return n
        c = text[j]
        if c == '-':
            # hyphen inside a compound word: "xx-" or "x-x-" before it and
            # "x-x" or "xx" after it (x being letters)
            behind = ((_letter_at(text, j - 2) and _letter_at(text, j - 1))
                      or (_letter_at(text, j - 3) and j - 2 >= 0
                          and text[j - 2] == '-' and _letter_at(text, j - 1)))
            if behind and _letter_at(text, j + 1):
                if _letter_at(text, j + 2):
                    return j + 1
                if (j + 2 < n and text[j + 2] == '-'
                        and _letter_at(text, j + 3)):
                    return j + 1
        if c in _whitespace:
            return j
        # an em-dash follows the word
        if _is_word_punct(text[j - 1]) and _dash_run_then_word(text, j):
            return j
        j += 1


def _split_words(text):
    """Chunks of text as CPython's wordsep_re.split() gives them."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _whitespace:
            j = i + 1
            while j < n and text[j] in _whitespace:
                j += 1
        elif (c == '-' and i > 0 and _is_word_punct(text[i - 1])
                and _dash_run_then_word(text, i)):
            j = i
            while text[j] == '-':
                j += 1
        else:
            j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_whitespace(text):
    """Alternating runs of whitespace and non-whitespace characters."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """Like a search for [a-z][.!?]["']?\\Z in chunk."""
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """
    Wraps and fills text.  Options (all instance attributes):
    width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace,
    fix_sentence_endings, break_long_words, drop_whitespace, break_on_hyphens,
    tabsize, max_lines, placeholder.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- splitting the text into chunks

    def _munge_whitespace(self, text):
        """Expand tabs, then turn every other whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into indivisible chunks (words and whitespace runs)."""
        # A subclass may still supply its own compiled patterns under
        # CPython's attribute names; by default the hand-written splitters run.
        if self.break_on_hyphens is True:
            pattern = getattr(self, 'wordsep_re', None)
            chunks = pattern.split(text) if pattern else _split_words(text)
        else:
            pattern = getattr(self, 'wordsep_simple_re', None)
            chunks = pattern.split(text) if pattern else _split_whitespace(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Make a single space after a sentence end two spaces."""
        pattern = getattr(self, 'sentence_end_re', None)
        ends = pattern.search if pattern else _ends_sentence
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and ends(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk that does not fit on any line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Assemble chunks into lines no longer than self.width."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        if chunks:                 # (guard: slotpy's [].reverse() crashes)
            chunks.reverse()       # pop() from the end is cheap
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # leading whitespace goes, except at the very start of the text
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            last_fits = (not chunks
                         or (self.drop_whitespace and len(chunks) == 1
                             and not chunks[0].strip()))
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (last_fits and cur_len <= width)):
                lines.append(indent + ''.join(cur_line))
                continue
            # too many lines: finish with the placeholder
            while cur_line:
                if (cur_line[-1].strip()
                        and cur_len + len(self.placeholder) <= width):
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface

    def wrap(self, text):
        """Wrap one paragraph; return the list of lines (no newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap one paragraph; return the lines joined by newlines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text into a list of lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a single paragraph of text into one newline-separated string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace, then truncate to width with a placeholder."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove whitespace common to the start of every non-blank line.

    Lines holding only spaces and tabs become empty.
    """
    if not isinstance(text, str):
        raise TypeError('expected string or bytes-like object, got %r'
                        % type(text).__name__)
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        lead = _leading_blanks(line)
        if len(lead) == len(line):
            if line:
                lines[k] = ''
            continue
        if margin is None or margin.startswith(lead):
            margin = lead
        elif lead.startswith(margin):
            pass
        else:
            for i, (x, y) in enumerate(zip(margin, lead)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix in front of the lines of text selected by predicate
    (by default: the lines that are not blank)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join([prefix + line if predicate(line) else line
                    for line in text.splitlines(True)])
