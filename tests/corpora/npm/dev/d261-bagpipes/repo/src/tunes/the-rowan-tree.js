export default { name: 'The Rowan Tree', metre: '3/4', bars: 24 };
