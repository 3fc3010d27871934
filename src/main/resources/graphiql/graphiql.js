// GraphiQL from the application's own origin: React, ReactDOM and GraphiQL come from WebJars, so the
// page works on a network with nothing but the service. Headers are kept in memory only (no token or
// query, which may name a person, is left in local storage). In demo mode a demo user can be chosen:
// the page asks /demo/tokens for a token and puts it in the headers pane.
(function () {
  'use strict';

  const memory = new Map();
  const storage = {
    getItem: key => (memory.has(key) ? memory.get(key) : null),
    setItem: (key, value) => memory.set(key, String(value)),
    removeItem: key => memory.delete(key),
    clear: () => memory.clear(),
    get length() { return memory.size; },
  };
  const server = GraphiQL.createFetcher({ url: location.origin + '/graphql' });
  const noToken = '先在上方选择演示用户，或在 Headers 中填入令牌 {"Authorization": "Bearer …"}';
  // Without a token every request, the schema's introspection included, would only be refused.
  const fetcher = (params, options) => {
    const authorization = options && options.headers && options.headers.Authorization;
    if (!authorization || !/^Bearer [A-Za-z0-9_.-]+$/.test(authorization)) {
      return Promise.resolve({ errors: [{ message: noToken }] });
    }
    return server(params, options);
  };
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  const template = '{\n  "Authorization": "Bearer <token>"\n}';
  const example = '# 例：石碶街道的户数（先在上方选择演示用户，或在 Headers 中填入令牌）\n'
    + '{ region(code: "330203009") { name householdCount } }\n';

  function render(headers, user) {
    root.render(React.createElement(GraphiQL, {
      key: user || 'none',
      fetcher: fetcher,
      storage: storage,
      defaultQuery: example,
      headers: headers,
      shouldPersistHeaders: false,
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: 'headers',
    }));
  }

  async function offerDemoUsers() {
    const response = await fetch('/demo/users');
    if (!response.ok) {
      return;
    }
    const users = await response.json();
    const select = document.getElementById('demo-user');
    const status = document.getElementById('demo-status');
    for (const user of users) {
      const option = document.createElement('option');
      option.value = user.user;
      option.textContent = user.user + ' (' + user.role + (user.regionCode ? ' · ' + user.regionCode : '') + ')';
      select.append(option);
    }
    select.addEventListener('change', async () => {
      if (!select.value) {
        render(template, null);
        return;
      }
      const answer = await fetch('/demo/tokens', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: select.value }),
      });
      const body = await answer.json();
      status.textContent = answer.ok ? '令牌已填入 Headers（8 小时有效）' : body.error;
      if (answer.ok) {
        render(JSON.stringify({ Authorization: 'Bearer ' + body.token }, null, 2), select.value);
      }
    });
    document.getElementById('demo').hidden = false;
  }

  render(template, null);
  offerDemoUsers();
})();
