"""A singly linked list."""


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def from_list(values):
    head = None
    for value in reversed(values):
        head = Node(value, head)
    return head


def to_list(head):
    values = []
    while head is not None:
        values.append(head.value)
        head = head.next
    return values


def reverse(head):
    previous = None
    while head is not None:
        following = head.next
        head.next = previous
        previous = head
        head = following
    return previous


def middle(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
    return slow.value if slow else None


def has_cycle(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return True
    return False


def remove_value(head, value):
    dummy = Node(None, head)
    node = dummy
    while node.next is not None:
        if node.next.value == value:
            node.next = node.next.next
        else:
            node = node.next
    return dummy.next
