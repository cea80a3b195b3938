// The reelgraph web page: "because you liked X" rows and top picks, fetched from /graphql.
const REASON = '__typename text';
const ITEM = `movie { id title year } predictedRating reasons { ${REASON} }`;
const PAGE_QUERY = `query Page($userId: ID!) {
  user(id: $userId) { name }
  recommendations(userId: $userId, first: 12) { ${ITEM} }
  becauseYouLiked(userId: $userId, rows: 4, perRow: 8) { anchor { title year } items { ${ITEM} } }
}`;
const RATE = `mutation Rate($userId: ID!, $movieId: ID!, $rating: Float!) {
  rateMovie(userId: $userId, movieId: $movieId, rating: $rating) { value }
}`;

async function graphql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data;
}

const titleOf = (movie) => (movie.year ? `${movie.title} (${movie.year})` : movie.title);

function card(item, userId) {
  const node = document.getElementById('card').content.firstElementChild.cloneNode(true);
  node.querySelector('.title').textContent = titleOf(item.movie);
  node.querySelector('.reason').textContent = item.reasons[0].text;
  node.querySelector('.meta').textContent =
    `We think you'd give it ${item.predictedRating.toFixed(1)} ★`;
  const stars = node.querySelector('.rate');
  for (let rating = 1; rating <= 5; rating++) {
    const star = document.createElement('button');
    star.textContent = '★';
    star.title = `Rate ${rating}`;
    star.addEventListener('click', async () => {
      await graphql(RATE, { userId, movieId: item.movie.id, rating });
      await show(userId, `Rated ${titleOf(item.movie)} ${rating} ★ — your picks are updated.`);
    });
    stars.append(star);
  }
  return node;
}

async function show(userId, message = '') {
  const status = document.getElementById('status');
  status.textContent = 'Loading…';
  try {
    const data = await graphql(PAGE_QUERY, { userId });
    document.getElementById('viewer-name').textContent = data.user.name;
    document
      .getElementById('top-picks')
      .replaceChildren(...data.recommendations.map((item) => card(item, userId)));
    const rows = data.becauseYouLiked.map((row) => {
      const section = document.createElement('section');
      const heading = document.createElement('h2');
      heading.textContent = `Because you liked ${titleOf(row.anchor)}`;
      const list = document.createElement('ol');
      list.className = 'row';
      list.append(...row.items.map((item) => card(item, userId)));
      section.append(heading, list);
      return section;
    });
    document.getElementById('rows').replaceChildren(...rows);
    status.textContent = message;
  } catch (error) {
    status.textContent = error.message;
  }
}

document.getElementById('who').addEventListener('submit', (event) => {
  event.preventDefault();
  show(document.getElementById('user-id').value.trim());
});
// ?user=<id> picks the viewer; otherwise the first user in the graph.
async function start() {
  const requested = new URLSearchParams(location.search).get('user');
  const userId =
    requested ??
    (await graphql('{ users(first: 1) { edges { node { id } } } }')).users.edges[0]?.node.id;
  if (userId === undefined) {
    document.getElementById('status').textContent =
      'The graph has no users yet: load some with npm run seed.';
    return;
  }
  document.getElementById('user-id').value = userId;
  await show(userId);
}

start();
