export default { name: 'Scotland the Brave', metre: '4/4', bars: 16 };
