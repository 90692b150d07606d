package org.enrollflow.allocation;

import java.util.Arrays;

/**
 * Address prefixes and their schools in a trie over UTF-16 characters: finding the longest prefix
 * of an address takes one step per character of the address, however many prefixes there are.
 * The trie lives in flat arrays: its edges in one open-addressing table keyed by parent node and
 * character, so that a step is a hash and usually one probe.
 */
final class AddressTrie {

	static final int NONE = -1;

	private static final long EMPTY = -1;
	private static final int ROOT = 0;

	private long[] edgeKeys = emptyEdges(64);
	private int[] edgeTargets = new int[64];
	private int edges;
	private int[] schools = { NONE };
	private int nodes = 1;

	/** Gives a prefix to a school, and says to which school it belonged before, or {@link #NONE}. */
	int put(String prefix, int school) {
		int node = ROOT;
		for (int i = 0; i < prefix.length(); i++) {
			int child = child(node, prefix.charAt(i));
			node = (child != NONE) ? child : addChild(node, prefix.charAt(i));
		}
		int before = schools[node];
		schools[node] = school;
		return before;
	}

	/** The school of the longest prefix of the address, or {@link #NONE}. */
	int schoolOf(String address) {
		int school = NONE;
		int node = ROOT;
		for (int i = 0; i < address.length(); i++) {
			node = child(node, address.charAt(i));
			if (node == NONE) {
				break;
			}
			if (schools[node] != NONE) {
				school = schools[node];
			}
		}
		return school;
	}

	private int child(int node, char character) {
		long key = key(node, character);
		int mask = edgeKeys.length - 1;
		for (int slot = slot(key, mask);; slot = (slot + 1) & mask) {
			if (edgeKeys[slot] == key) {
				return edgeTargets[slot];
			}
			if (edgeKeys[slot] == EMPTY) {
				return NONE;
			}
		}
	}

	private int addChild(int node, char character) {
		if (2 * (edges + 1) > edgeKeys.length) {
			growEdges();
		}
		if (nodes == schools.length) {
			schools = Arrays.copyOf(schools, 2 * nodes);
		}
		int child = nodes++;
		schools[child] = NONE;
		insert(key(node, character), child);
		return child;
	}

	private void insert(long key, int target) {
		int mask = edgeKeys.length - 1;
		int slot = slot(key, mask);
		while (edgeKeys[slot] != EMPTY) {
			slot = (slot + 1) & mask;
		}
		edgeKeys[slot] = key;
		edgeTargets[slot] = target;
		edges++;
	}

	private void growEdges() {
		long[] keys = edgeKeys;
		int[] targets = edgeTargets;
		edgeKeys = emptyEdges(2 * keys.length);
		edgeTargets = new int[2 * keys.length];
		edges = 0;
		for (int slot = 0; slot < keys.length; slot++) {
			if (keys[slot] != EMPTY) {
				insert(keys[slot], targets[slot]);
			}
		}
	}

	private static long key(int node, char character) {
		return ((long) node << Character.SIZE) | character;
	}

	private static int slot(long key, int mask) {
		long hash = key * 0x9e3779b97f4a7c15L;
		return (int) (hash ^ (hash >>> 32)) & mask;
	}

	private static long[] emptyEdges(int size) {
		long[] keys = new long[size];
		Arrays.fill(keys, EMPTY);
		return keys;
	}

}
