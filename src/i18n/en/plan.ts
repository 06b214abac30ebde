export const plan = {
  title: 'Action plan',
};
