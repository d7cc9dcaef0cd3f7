const https = require('node:https');

function fetchRate(currency) {
  return new Promise((resolve, reject) => {
    https
      .get(`https://api.exchange.example/latest?base=${currency}`, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve(JSON.parse(body).rate));
      })
      .on('error', reject);
  });
}

module.exports = { fetchRate };
