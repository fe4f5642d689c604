# Using lists as stacks and queues, with many operations.
stack = []
for i in range(10):
    stack.append(i * i)
popped = []
while len(stack) > 3:
    popped.append(stack.pop())
print(stack, popped)
queue = list(range(5))
order = []
while queue:
    item = queue.pop(0)
    order.append(item)
    if item < 3:
        queue.append(item + 10)
print(order)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(s), balanced(s))
