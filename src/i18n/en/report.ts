export const report = {
  title: 'Printed action plan',
};
