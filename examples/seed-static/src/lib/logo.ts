// A 16x16 PNG, base64: the seed fetches its logo from the network; this
// example stays offline.
export const logoBase64 = 'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR42mP4H8tIEmIY1TCqYfhqAACIaV0QkA2Q4gAAAABJRU5ErkJggg==';
