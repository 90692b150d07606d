package org.enrollflow.allocation;

import java.util.Arrays;

/**
 * Address prefixes and their schools in a trie over UTF-16 characters: finding the longest prefix
 * of an address takes one step per character of the address, however many prefixes there are.
 * Each node keeps its children's characters sorted for a binary search.
 */
final class AddressTrie {

	static final int NONE = -1;

	private final Node root = new Node();

	/** Gives a prefix to a school, and says to which school it belonged before, or {@link #NONE}. */
	int put(String prefix, int school) {
		Node node = root;
		for (int i = 0; i < prefix.length(); i++) {
			node = node.childOrNew(prefix.charAt(i));
		}
		int before = node.school;
		node.school = school;
		return before;
	}

	/** The school of the longest prefix of the address, or {@link #NONE}. */
	int schoolOf(String address) {
		int school = NONE;
		Node node = root;
		for (int i = 0; i < address.length() && node != null; i++) {
			node = node.child(address.charAt(i));
			if (node != null && node.school != NONE) {
				school = node.school;
			}
		}
		return school;
	}

	private static final class Node {

		private char[] characters = new char[0];
		private Node[] children = new Node[0];
		private int school = NONE;

		Node child(char character) {
			int at = Arrays.binarySearch(characters, character);
			return at >= 0 ? children[at] : null;
		}

		Node childOrNew(char character) {
			int at = Arrays.binarySearch(characters, character);
			if (at >= 0) {
				return children[at];
			}
			int insertAt = -at - 1;
			Node child = new Node();
			characters = insert(characters, insertAt, character);
			Node[] grown = Arrays.copyOf(children, children.length + 1);
			System.arraycopy(children, insertAt, grown, insertAt + 1, children.length - insertAt);
			grown[insertAt] = child;
			children = grown;
			return child;
		}

		private static char[] insert(char[] characters, int at, char character) {
			char[] grown = Arrays.copyOf(characters, characters.length + 1);
			System.arraycopy(characters, at, grown, at + 1, characters.length - at);
			grown[at] = character;
			return grown;
		}

	}

}
